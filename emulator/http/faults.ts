// The faults waiting for the next matching API requests (set through the admin API).
import { FAULT_KINDS, Fault } from "../adminContract";

export class FaultQueue {
  private faults: Fault[] = [];

  /** Refuses a fault of unknown kind, so a typo in a test fails loudly instead of never firing. */
  add(faults: Fault[]): Fault[] {
    for (const f of faults)
      if (!f || !(FAULT_KINDS as readonly string[]).includes(f.kind))
        throw new Error(`fault.kind must be one of ${FAULT_KINDS.join(", ")}`);
    this.faults.push(...faults);
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault this request meets, if any, counting down its `skip` and `times`. */
  take(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.pathPrefix || path.startsWith(f.pathPrefix)),
    );
    if (i < 0) return undefined;
    const f = this.faults[i];
    if (f.skip) {
      this.faults[i] = { ...f, skip: f.skip - 1 };
      return undefined;
    }
    const remaining = (f.times ?? 1) - 1;
    if (remaining <= 0) this.faults.splice(i, 1);
    else this.faults[i] = { ...f, times: remaining };
    return f;
  }
}
