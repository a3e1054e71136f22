import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract';
import { freshLedger, testPrinting } from '../../tests/support/ledger';
import { channelsWithoutRoute } from '../routing/routes';
import { counterPorts } from './ports';
import { counterDomainRoutes, counterRoutes } from './routes';

describe("the counter's routes", () => {
  it('answer every contract channel from exactly one domain, and nothing else', () => {
    const ledger = freshLedger();
    const ports = counterPorts(ledger, { printing: testPrinting(ledger) });
    const declared = counterDomainRoutes(ledger, ports).flatMap((domain) => Object.keys(domain));
    for (const channel of CHANNEL_NAMES) {
      expect(
        declared.filter((c) => c === channel),
        channel,
      ).toHaveLength(1);
    }
    expect(declared.filter((c) => !(CHANNEL_NAMES as string[]).includes(c))).toEqual([]);
    expect(channelsWithoutRoute(counterRoutes(ledger, ports))).toEqual([]);
  });
});
