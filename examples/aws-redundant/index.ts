// Entry point for `pulumi up` in this folder (see Pulumi.yaml): the program is the module's export.
import { awsRedundant } from "./program";

export = awsRedundant;
