// Megaport's provisioning statuses and what each means here, said once: the client, the lifecycle,
// the watcher and the SDK's data sources all ask these questions of a status, never a list of
// their own.

/** Usable: create stops waiting at CONFIGURED or LIVE. */
const READY = ["CONFIGURED", "LIVE"];
/** A create has failed for good: FAILED, or cancelled or decommissioned before it was of use. */
const FAILED = ["FAILED", "CANCELLED", "DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED_PARENT"];
/**
 * Gone: DECOMMISSIONED (or on its way). CANCELLED is not gone: the service is live and billed until
 * the end of its term (the Terraform provider keeps CANCELLED products in state for that reason).
 */
const GONE = ["DECOMMISSIONED", "DECOMMISSIONING"];
/** Left out of the account's look-ups unless asked for (Terraform's rule): gone, or cancelled. */
const INACTIVE = ["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"];

export const isReady = (status: string): boolean => READY.includes(status);
export const isFailed = (status: string): boolean => FAILED.includes(status);
export const isGone = (status: string): boolean => GONE.includes(status);
export const isInactive = (status: string): boolean => INACTIVE.includes(status);
