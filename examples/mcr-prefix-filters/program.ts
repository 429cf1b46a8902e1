// An MCR with the IPsec add-on and two prefix filter lists (IPv4 and IPv6) for its BGP
// connections; the lists are read back with getMcrPrefixFilterLists.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function mcrPrefixFilters() {
  const location = await megaport.getLocation({ name: "Equinix SY1" });
  const mcr = new megaport.Mcr("core", {
    productName: "syd-core-mcr",
    portSpeed: 2500,
    locationId: location.id,
    contractTermMonths: 1,
    asn: 64600,
    ipsecTunnelCount: 10,
  });
  const privateV4 = new megaport.McrPrefixFilterList("private-v4", {
    mcrUid: mcr.productUid,
    description: "private-v4",
    addressFamily: "IPv4",
    entries: [
      { action: "permit", prefix: "10.0.0.0/8", le: 24 },
      { action: "permit", prefix: "172.16.0.0/12", le: 24 },
      { action: "deny", prefix: "0.0.0.0/0", le: 32 },
    ],
  });
  const docV6 = new megaport.McrPrefixFilterList("documentation-v6", {
    mcrUid: mcr.productUid,
    description: "documentation-v6",
    addressFamily: "IPv6",
    entries: [{ action: "deny", prefix: "2001:db8::/32", le: 128 }],
  });
  // Read after both lists exist.
  const lists = pulumi
    .all([mcr.productUid, privateV4.prefixListId, docV6.prefixListId])
    .apply(([mcrUid]) => megaport.getMcrPrefixFilterLists({ mcrUid }));
  return {
    mcrUid: mcr.productUid,
    ipsecTunnels: mcr.ipsecTunnelCount,
    listIds: { privateV4: privateV4.prefixListId, documentationV6: docV6.prefixListId },
    lists: lists.apply((ls) => ls.map((l) => `${l.id} ${l.description} (${l.entries?.length ?? 0} entries)`)),
  };
}
