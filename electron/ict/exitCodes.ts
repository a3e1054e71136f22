/** The exit codes of `kaunter ict …`, as docs/ICT.md §6 documents them. */
export const EXIT = {
  /** Every bundle opened, every check passed. */
  CLEAN: 0,
  /** Every bundle opened, but a check found a problem (gap, collision, hash, totals …). */
  PROBLEMS: 1,
  /** The command line is wrong. */
  USAGE: 2,
  /** A bundle (or ICT's key, or the trust list) could not be decrypted or its signature verified. */
  CANNOT_OPEN: 3,
  /**
   * Every bundle decrypted, but one is signed by a device key ICT has not enrolled (not in the trust
   * list, not given with --signer): its contents are not vouched for, whatever they say.
   */
  UNVERIFIED: 4,
} as const;
