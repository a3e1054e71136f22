import { mergeRoutes, type Routes } from '../routing/routes';
import { appointmentRoutes } from '../services/appointments/routes';
import { backupRoutes } from '../services/backup/routes';
import { bundleRoutes } from '../services/bundle/routes';
import { calendarRoutes } from '../services/calendar/routes';
import { caseRoutes } from '../services/cases/routes';
import { courtRoutes } from '../services/court/routes';
import { firstRunCourtRoutes } from '../services/courtFolder/firstRunRoutes';
import { courtFolderRoutes } from '../services/courtFolder/routes';
import { documentRoutes } from '../services/documents/routes';
import { esv3ImportRoutes } from '../services/esv3Import/routes';
import type { Ledger } from '../services/ledger/ledger';
import { outageRoutes } from '../services/outages/routes';
import { printingRoutes } from '../services/printing/routes';
import { receiptRoutes } from '../services/receipts/routes';
import { recoveryRoutes } from '../services/recovery/routes';
import { seriesRoutes } from '../services/series/routes';
import { userRoutes } from '../services/users/routes';
import type { CounterPorts } from './ports';

/** Each domain's routes over the ledger, in the order the screens meet them. */
export function counterDomainRoutes(ledger: Ledger, ports: CounterPorts) {
  return [
    courtRoutes(ledger, ports),
    userRoutes(ledger),
    outageRoutes(ledger),
    caseRoutes(ledger, ports),
    receiptRoutes(ledger, ports),
    printingRoutes(ledger, ports),
    seriesRoutes(ledger),
    appointmentRoutes(ledger, ports),
    calendarRoutes(ledger),
    documentRoutes(ledger, ports),
    recoveryRoutes(ledger, ports),
    backupRoutes(ledger, ports),
    bundleRoutes(ledger, ports),
    esv3ImportRoutes(ledger),
    courtFolderRoutes(ledger, ports),
    firstRunCourtRoutes(ledger, ports),
  ] as const;
}

/** Every channel of the contract with its one route (a channel missing is a type error, one twice throws). */
export function counterRoutes(ledger: Ledger, ports: CounterPorts): Routes {
  return mergeRoutes(...counterDomainRoutes(ledger, ports));
}
