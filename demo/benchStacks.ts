// The stacks the benchmark brings up besides the flagship: five products (a port, an MCR, a VXC
// between them, an IX and a service key on the port) and fifty (ten ports, ten MCRs and thirty
// VXCs). Each is two provisioning steps deep: the ports and MCRs, then what hangs off them.
import * as megaport from "../sdk";

const SYDNEY = 3;

function port(name: string) {
  return new megaport.Port(name, {
    productName: name,
    portSpeed: 10000,
    locationId: SYDNEY,
    contractTermMonths: 1,
    marketplaceVisibility: false,
  });
}

function mcr(name: string) {
  return new megaport.Mcr(name, {
    productName: name,
    portSpeed: 5000,
    locationId: SYDNEY,
    contractTermMonths: 1,
  });
}

export async function fiveProducts() {
  const p = port("bench-port");
  const m = mcr("bench-mcr");
  new megaport.Vxc("bench-vxc", {
    productName: "bench-vxc",
    rateLimit: 100,
    contractTermMonths: 1,
    aEnd: { productUid: p.productUid, vlan: 100 },
    bEnd: { productUid: m.productUid },
  });
  new megaport.Ix("bench-ix", {
    productName: "bench-ix",
    portUid: p.productUid,
    networkServiceType: "Sydney IX",
    asn: 64512,
    macAddress: "02:00:5e:10:00:01",
    rateLimit: 1000,
  });
  new megaport.ServiceKey("bench-key", { portUid: p.productUid, singleUse: false, maxSpeed: 1000 });
  return {};
}

export async function fiftyProducts() {
  for (let i = 0; i < 10; i++) {
    const p = port(`bench-port-${i}`);
    const m = mcr(`bench-mcr-${i}`);
    for (let j = 0; j < 3; j++)
      new megaport.Vxc(`bench-vxc-${i}-${j}`, {
        productName: `bench-vxc-${i}-${j}`,
        rateLimit: 100,
        contractTermMonths: 1,
        aEnd: { productUid: p.productUid, vlan: 100 + j },
        bEnd: { productUid: m.productUid },
      });
  }
  return {};
}
