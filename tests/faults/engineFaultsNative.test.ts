// The engine fault suite (engineFaultSuite.ts) on the native plugin: the flagship in Pulumi YAML.
import { engineFaultSuite } from "./engineFaultSuite";

engineFaultSuite("examples/yaml-demo");
