// Proves the engine built by the toolchain runs here, offline: one dynamic resource through up,
// preview and destroy on the real Pulumi CLI.
import * as pulumi from "@pulumi/pulumi";
import { newStack } from "./support/engine";

const echo: pulumi.dynamic.ResourceProvider = {
  async create(inputs) {
    return { id: `echo-${inputs.word}`, outs: inputs };
  },
  async diff(_id, olds, news) {
    return { changes: olds.word !== news.word };
  },
};

class Echo extends pulumi.dynamic.Resource {
  constructor(name: string, word: string) {
    super(echo, name, { word }, undefined, "smoke", "Echo");
  }
}

test("the engine brings a dynamic resource up, previews no changes, and destroys it", async () => {
  const t = await newStack("engine-smoke", async () => {
    const r = new Echo("echo", "hello");
    return { id: r.id };
  });
  try {
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 2 });
    expect(up.outputs.id.value).toBe("echo-hello");
    const preview = await t.stack.preview();
    expect(preview.changeSummary).toEqual({ same: 2 });
    const destroy = await t.stack.destroy();
    expect(destroy.summary.resourceChanges).toEqual({ delete: 2 });
  } finally {
    await t.cleanup();
  }
});
