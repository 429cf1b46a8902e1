// Holds this package and its emulator to what Megaport's official Go client sends and reads
// (megaport-api.json): every request the provider makes while it buys, reads, updates and deletes
// each product and every data source asks, and every answer the emulator gives, route by route.
import { z } from "zod";
import { startEmulator, LoggedRequest } from "../../emulator";
import * as megaport from "../../sdk";
import { clientFor, useEmulatorEnv } from "../support/emulator";
import { checkAndCreate, emulatorStackConfig, markerFor, serializedProvider } from "../support/serialized";
import { ROUTES, asMegaportgoSends, check, fieldCount, routeFor } from "./conformanceTable";
import type { ResourceKind } from "../../provider/resourceKinds";

type Emu = Awaited<ReturnType<typeof startEmulator>>;
let emu: Emu;
let log: LoggedRequest[] = [];

const AWS_SYDNEY = "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a";
const AZURE_KEY = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const ORACLE_KEY =
  "ocid1.virtualcircuit.oc1.phx.aaaaaaaantxgcsdtkpbegkgxs73bluiggcpdauxz345ncrnd3atqwgihj5aq";

const provider = async (kind: ResourceKind) =>
  (await serializedProvider(kind, emulatorStackConfig(emu))).provider;

/** create, read, one in-place update, then delete: what `up`, `refresh` and `destroy` do. */
async function lifecycle(
  kind: ResourceKind,
  name: string,
  inputs: Record<string, unknown>,
  change: Record<string, unknown>,
  keep = false,
) {
  const p = await provider(kind);
  // A service key and a prefix filter list carry no order marker (nothing is bought).
  const marker =
    kind === "ServiceKey" || kind === "McrPrefixFilterList" ? {} : { orderMarker: markerFor(kind, name) };
  const made = await checkAndCreate(p, { ...inputs, ...marker });
  await p.read(made.id, made.outs);
  const news = (await p.check(made.inputs, { ...made.inputs, ...change })).inputs;
  const updated = await p.update(made.id, made.outs, news);
  if (!keep) await p.delete(made.id, updated.outs ?? made.outs);
  return { id: made.id, outs: { ...made.outs, ...updated.outs }, delete: () => p.delete(made.id, made.outs) };
}

/** The orders made so far, validated again in the form megaportgo sends them; what was refused. */
const megaportgoForm = { replayed: 0, refused: [] as string[] };

async function replayAsMegaportgoSends(): Promise<void> {
  const products = await emu.admin.products();
  const ours = new Set(products.map((p) => String(p.productUid)));
  const active = new Set(
    products
      .filter(
        (p) => !["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"].includes(String(p.provisioningStatus)),
      )
      .map((p) => String(p.productUid)),
  );
  const uidsIn = (v: unknown): string[] =>
    JSON.stringify(v).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
  const client = clientFor(emu);
  const orders = emu.emulator.log.filter(
    (r) => r.method === "POST" && r.path === "/v3/networkdesign/validate" && r.status === 200,
  );
  for (const r of orders) {
    const asGo = asMegaportgoSends("@orderItem[]", r.body);
    // Orders whose ends are still there, and that megaportgo would send differently.
    // Our own ends must still be there; partner ports (not the account's) always are.
    const ends = uidsIn(r.body).filter((u) => ours.has(u));
    if (JSON.stringify(asGo) === JSON.stringify(r.body) || !ends.every((u) => active.has(u))) continue;
    megaportgoForm.replayed++;
    await client.transport
      .send({
        method: "POST",
        path: "/v3/networkdesign/validate",
        body: asGo,
        schema: z.unknown(),
        retry: "idempotent",
      })
      .catch((e: Error) => megaportgoForm.refused.push(`${e.message}: ${JSON.stringify(asGo)}`));
  }
}

beforeAll(async () => {
  emu = await startEmulator({ logReplies: true });
  useEmulatorEnv(emu);
  const port = await lifecycle(
    "Port",
    "p",
    {
      productName: "conformance port",
      locationId: 3,
      portSpeed: 10000,
      contractTermMonths: 12,
      marketplaceVisibility: false,
      diversityZone: "red",
      costCentre: "NET-1",
      resourceTags: { team: "net" },
    },
    { productName: "conformance port 2", resourceTags: { team: "network" } },
    true,
  );
  await lifecycle(
    "Port",
    "lag",
    {
      productName: "conformance lag",
      locationId: 3,
      portSpeed: 10000,
      contractTermMonths: 1,
      marketplaceVisibility: true,
      lagPortCount: 2,
    },
    { marketplaceVisibility: false },
  );
  const mcr = await lifecycle(
    "Mcr",
    "m",
    {
      productName: "conformance mcr",
      locationId: 3,
      portSpeed: 1000,
      contractTermMonths: 1,
      asn: 65000,
      ipsecTunnelCount: 10,
    },
    { costCentre: "NET-2", ipsecTunnelCount: 20 },
    true,
  );
  const portUid = String(port.outs.productUid);
  const mcrUid = String(mcr.outs.productUid);
  await lifecycle(
    "McrPrefixFilterList",
    "pfl",
    {
      mcrUid,
      description: "conformance list",
      addressFamily: "IPv4",
      entries: [
        { action: "permit", prefix: "10.0.0.0/8", ge: 16, le: 24 },
        { action: "deny", prefix: "0.0.0.0/0" },
      ],
    },
    { entries: [{ action: "permit", prefix: "172.16.0.0/12", le: 32 }] },
  );
  const mve = await lifecycle(
    "Mve",
    "mve",
    {
      productName: "conformance mve",
      locationId: 3,
      contractTermMonths: 12,
      diversityZone: "blue",
      costCentre: "NET-3",
      vendorConfig: {
        vendor: "fortinet",
        imageId: 42,
        productSize: "SMALL",
        sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 net@example",
        licenseData: "FGVM-LICENSE",
      },
      vnics: [{ description: "inside" }, { description: "outside", vlan: 300 }],
      resourceTags: { team: "net" },
    },
    { vnics: [{ description: "lan" }, { description: "wan", vlan: 300 }] },
    true,
  );
  const mveUid = String(mve.outs.productUid);
  const bgp = {
    peerAsn: 64512,
    localIpAddress: "169.254.10.1",
    peerIpAddress: "169.254.10.2",
    password: "bgp-secret",
    bfdEnabled: true,
    exportPolicy: "permit",
    denyExportTo: ["169.254.10.6"],
    asPathPrependCount: 1,
    peerType: "NON_CLOUD",
    asOverride: false,
  };
  const vrouter = (peerAsn: number) => ({
    connectType: "VROUTER",
    interfaces: [
      {
        description: "lab uplink",
        ipMtu: 1500,
        ipAddresses: ["169.254.10.1/30"],
        ipRoutes: [{ prefix: "10.10.0.0/16", nextHop: "169.254.10.2", description: "lab" }],
        bfd: { txInterval: 500, rxInterval: 400, multiplier: 5 },
        bgpConnections: [{ ...bgp, peerAsn }],
      },
      { ipAddresses: ["169.254.20.1/30"] },
    ],
  });
  const vxcBase = { contractTermMonths: 1, rateLimit: 100 };
  await lifecycle(
    "Vxc",
    "aws",
    {
      ...vxcBase,
      productName: "to aws",
      aEnd: { productUid: portUid, vlan: 101 },
      bEnd: { productUid: AWS_SYDNEY },
      bEndPartnerConfig: {
        connectType: "AWS",
        type: "private",
        ownerAccount: "123456789012",
        asn: 65001,
        amazonAsn: 64512,
        authKey: "aws-secret",
        customerIpAddress: "169.254.0.1/30",
        amazonIpAddress: "169.254.0.2/30",
        name: "vif",
      },
    },
    { rateLimit: 200, aEnd: { productUid: portUid, vlan: 102 } },
  );
  await lifecycle(
    "Vxc",
    "azure",
    {
      ...vxcBase,
      productName: "to azure",
      aEnd: { productUid: mcrUid },
      bEnd: {},
      aEndPartnerConfig: vrouter(12076),
      bEndPartnerConfig: {
        connectType: "AZURE",
        serviceKey: AZURE_KEY,
        portChoice: "primary",
        peers: [{ type: "private", peer_asn: 65010, primary_subnet: "10.0.0.0/30", vlan: 200 }],
      },
    },
    { aEndPartnerConfig: vrouter(12077), shutdown: true },
  );
  await lifecycle(
    "Vxc",
    "oracle",
    {
      ...vxcBase,
      productName: "to oracle",
      aEnd: { productUid: portUid },
      bEnd: {},
      bEndPartnerConfig: { connectType: "ORACLE", virtualCircuitId: ORACLE_KEY },
    },
    { productName: "to oracle 2" },
  );
  await lifecycle(
    "Vxc",
    "mcr",
    {
      ...vxcBase,
      productName: "port to mcr",
      aEnd: { productUid: portUid, vlan: 300 },
      bEnd: { productUid: mcrUid },
      bEndPartnerConfig: vrouter(64999),
    },
    { bEndPartnerConfig: vrouter(64998) },
  );
  await lifecycle(
    "Vxc",
    "mve",
    {
      ...vxcBase,
      productName: "port to mve",
      aEnd: { productUid: portUid, vlan: 310 },
      bEnd: { productUid: mveUid, vnicIndex: 1 },
    },
    { bEnd: { productUid: mveUid, vnicIndex: 0 } },
  );
  await mve.delete();
  await lifecycle(
    "Ix",
    "ix",
    {
      productName: "conformance ix",
      productUid: portUid,
      networkServiceType: "Sydney IX",
      asn: 64512,
      macAddress: "00:11:22:33:44:55",
      rateLimit: 1000,
      publicGraph: false,
    },
    { rateLimit: 500, reverseDns: "ix.example.com" },
  );
  const key = await lifecycle(
    "ServiceKey",
    "key",
    { productUid: portUid, singleUse: false, maxSpeed: 100, description: "partner" },
    { active: false },
  );
  // megaportgo reads a key back on the path url.JoinPath escapes.
  await clientFor(emu).transport.send({
    method: "GET",
    path: `/v2/service/key%3Fkey=${String(key.outs.key)}`,
    schema: z.unknown(),
    retry: "idempotent",
  });
  // Every data source.
  await megaport.getLocations({});
  await megaport.getPartnerPorts({ connectType: "AWS" });
  await megaport.getIxTypes({ locationId: 3 });
  await megaport.getPortPrice({ locationId: 3, portSpeed: 10000, contractTermMonths: 12 });
  await megaport.getMcrPrice({ locationId: 3, portSpeed: 1000, contractTermMonths: 12 });
  await megaport.getVxcPrice({ aLocationId: 3, bLocationId: 2, rateLimit: 100 });
  await megaport.getIxPrice({ networkServiceType: "Sydney IX", locationId: 3, rateLimit: 1000 });
  await megaport.getMveImages({ vendor: "Fortinet" });
  await megaport.getMveSizes();
  await megaport.getMcrPrefixFilterLists({ mcrUid });
  // What the provider reads only in passing: the product list with a LAG, a VLAN check.
  const client = clientFor(emu);
  await client.products.list();
  await client.ports.vlanAvailable(portUid, 101);
  await client.locations.list(["Active", "Deployment"]);
  await client.serviceKeys.list(portUid);
  // Adding the IPsec add-on to an MCR that has none (the provider does it when a program asks).
  const [ipsec] = (await client.products.get(mcrUid)).addOns ?? [];
  await client.mcrs.setIpsec(mcrUid, String(ipsec.addOnUid), 0);
  await client.mcrs.addIpsec(mcrUid, 10);
  // Routes the emulator serves for other clients (megaportgo, the CLI), not called by the provider.
  const call = (method: "GET" | "POST" | "DELETE", path: string) =>
    client.transport.send({ method, path, schema: z.unknown(), retry: "idempotent" });
  for (const path of ["/v2/locations", "/v2/networkRegions", "/v2/ixp"]) await call("GET", path);
  await call("POST", `/v2/product/${portUid}/lock`);
  await call("DELETE", `/v2/product/${portUid}/lock`);
  await replayAsMegaportgoSends();
  await port.delete();
  await mcr.delete();
  log = emu.emulator.log;
}, 120_000);
afterAll(() => emu.close());

const data = (r: LoggedRequest) => {
  const spec = routeFor(r.method, r.path);
  return spec?.envelope === false ? r.reply : (r.reply as { data?: unknown } | undefined)?.data;
};

test("every request the provider and data sources make goes to a route in the table", () => {
  const unknown = log.filter((r) => !routeFor(r.method, r.path)).map((r) => `${r.method} ${r.path}`);
  expect(unknown).toEqual([]);
});

test("what megaportgo sends is accepted: orders validated again as it sends them, zero values included", () => {
  // The VXC orders at least (megaportgo sends vNicIndex: 0 on every end).
  expect(megaportgoForm.replayed).toBeGreaterThan(3);
  expect(megaportgoForm.refused).toEqual([]);
});

test("every request body has exactly the fields megaportgo sends, with its JSON types", () => {
  const problems = log.flatMap((r) => {
    const spec = routeFor(r.method, r.path);
    if (!spec?.request) return [];
    return check(spec.request, r.body, "request").map((p) => `${r.method} ${r.path}: ${p}`);
  });
  expect(problems).toEqual([]);
});

test("every query parameter is one megaportgo sends, with its type", () => {
  const problems = log.flatMap((r) => {
    const spec = routeFor(r.method, r.path);
    const declared = spec?.query ?? {};
    return Object.entries(r.query)
      .flatMap(([k, v]) => {
        const type = declared[k]?.replace("?", "").replace("[]", "");
        if (!type) return [`${r.method} ${r.path}: query ${k} is not one megaportgo sends`];
        return type === "integer" && !/^-?\d+$/.test(v)
          ? [`${r.method} ${r.path}: query ${k}=${v} is not an integer`]
          : [];
      })
      .concat(
        Object.entries(declared)
          .filter(([k, t]) => !t.endsWith("?") && !(k in r.query))
          .map(([k]) => `${r.method} ${r.path}: query ${k} is always sent by megaportgo`),
      );
  });
  expect(problems).toEqual([]);
});

test("repeated query parameters are sent repeated (locationStatuses=Active&locationStatuses=Deployment)", () => {
  const locations = log.filter((r) => r.path === "/v3/locations" && r.query.locationStatuses);
  expect(locations.length).toBeGreaterThan(0);
  // The log keeps the last value of a repeated key; a comma-joined list would show both at once.
  expect(locations.every((r) => !r.query.locationStatuses.includes(","))).toBe(true);
});

test("every answer of the emulator carries the fields megaportgo reads, with their JSON types", () => {
  const problems = log.flatMap((r) => {
    const spec = routeFor(r.method, r.path);
    if (!spec?.response || r.status < 200 || r.status >= 300) return [];
    return check(spec.response, data(r), "response", "data").map((p) => `${r.method} ${r.path}: ${p}`);
  });
  expect(problems).toEqual([]);
});

test("every route in the table was exercised, with a successful answer", () => {
  const answered = ROUTES.filter((spec) =>
    log.some((r) => routeFor(r.method, r.path) === spec && r.status >= 200 && r.status < 300),
  ).map((s) => `${s.method} ${s.path}`);
  expect(answered).toEqual(ROUTES.map((s) => `${s.method} ${s.path}`));
  // For the note: how much the table covers.
  console.log(`conformance: ${ROUTES.length} routes, ${fieldCount()} fields`);
});

test("the checker itself refuses what megaportgo would not send or could not read", () => {
  expect(check("@vxcOrderAEnd", { vlan: 1 }, "request")).toEqual([
    "body.productUid: missing (always sent by megaportgo)",
  ]);
  expect(check("@partnerConfig", { connectType: "VROUTER", interfaces: [] }, "request")).toEqual([
    "body: matches no variant of @partnerConfig",
  ]);
  expect(check("@azurePeer", { type: "private", peer_asn: 65010 }, "request")).toEqual([
    "body.peer_asn: expected string, got integer (65010)",
  ]);
  expect(check("@locationDetail", { name: "x", city: null, metro: "m" }, "response")).toEqual([
    "body.country: missing (read by megaportgo)",
  ]);
});
