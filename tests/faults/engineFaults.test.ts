// The engine fault suite (engineFaultSuite.ts) on the dynamic providers: the TypeScript flagship.
import { engineFaultSuite } from "./engineFaultSuite";

engineFaultSuite("examples/port-mcr-vxc");
