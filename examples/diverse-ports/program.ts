// Two 10 Gbps ports in Sydney, one in each diversity zone, their locations chosen at preview.
// Config `secondZone` ("blue" by default) shows the refusal: "red" makes a pair that is not diverse.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function diversePorts() {
  const config = new pulumi.Config();
  const secondZone = (config.get("secondZone") ?? "blue") as megaport.Zone;
  const edge = new megaport.DiversePorts("edge", {
    metro: "Sydney",
    portSpeed: 10000,
    productName: "syd-edge",
    contractTermMonths: 12,
    zones: ["red", secondZone],
  });
  return {
    summary: edge.summary,
    red: edge.red.productUid,
    blue: edge.blue.productUid,
    zones: pulumi.all([edge.red.assignedDiversityZone, edge.blue.assignedDiversityZone]),
  };
}
