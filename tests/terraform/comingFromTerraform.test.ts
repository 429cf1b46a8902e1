// The "Coming from Terraform" page: every attribute of every Terraform resource and data source
// has a name here (checked against the schemas) or a reason it has none, and the page in the
// repository is exactly what the generator writes from the schemas today.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { markdown, rows, terraformAttributes } from "../../docs/terraform/comingFromTerraform";
import { TARGETS } from "../../docs/terraform/targets";

test("every Terraform attribute is mapped to a field that exists here, or says why it has none", () => {
  const unmapped = rows().flatMap((r) => r.unmapped.map((a) => `${r.target.terraform}.${a}`));
  expect(unmapped).toEqual([]);
});

test("every Terraform resource and data source has its section", () => {
  expect(Object.keys(terraformAttributes()).sort()).toEqual(TARGETS.map((t) => t.terraform).sort());
  const resources = TARGETS.filter((t) => !t.terraform.startsWith("data.")).map((t) => t.terraform);
  expect(resources.filter((r) => r !== "megaport_vxc partner configs")).toHaveLength(12);
  expect(TARGETS.filter((t) => t.terraform.startsWith("data."))).toHaveLength(9);
});

test("docs/coming-from-terraform.md is the generator's output (regenerate: node dist/docs/terraform/comingFromTerraform.js)", () => {
  const page = readFileSync(join(__dirname, "../../docs/coming-from-terraform.md"), "utf8");
  expect(page).toBe(markdown());
});
