// Entry point for `pulumi up` in this folder (see Pulumi.yaml): the program is the module's export.
import { googleInterconnect } from "./program";

export = googleInterconnect;
