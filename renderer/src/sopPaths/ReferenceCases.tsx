import type { ReferenceCaseView, ReferenceParty } from '@shared/esv3ImportViews';
import type { CaseTypeView } from '@shared/views';
import { useApi } from '../api/useApi';
import { formatDate } from '../lib/time';
import { emptyParty, emptyRegisterForm, type PartyForm, type RegisterForm } from '../register/model';
import { strings, useStrings } from '../i18n/strings';

/** The marker of a case taken from the imported cause book: its file and when it was imported. */
export function referenceMarker(ref: ReferenceCaseView): string {
  const ms = strings().msReference;
  return ms.lookup.marker(ref.source.fileName, formatDate(ref.source.importedAt));
}

function party(side: PartyForm['side'], p: ReferenceParty): PartyForm {
  return p.idNumber
    ? { ...emptyParty(side), name: p.name, idType: 'MYKAD', idNumber: p.idNumber }
    : { ...emptyParty(side), name: p.name, idType: 'NONE' };
}

/** The existing-case form filled from a reference case: number, kod kes, parties, and the marker as a note. */
export function referenceToForm(ref: ReferenceCaseView, types: CaseTypeView[]): RegisterForm {
  const type = types.find((t) => t.code === ref.caseTypeCode);
  return {
    ...emptyRegisterForm,
    source: 'ESV3_EXISTING',
    caseNumber: ref.caseNumber,
    caseTypeCode: type?.code ?? '',
    proceeding: type?.proceeding ?? '',
    parties: [party('CLAIMANT', ref.claimant), ...(ref.respondent ? [party('RESPONDENT', ref.respondent)] : [])],
    note: referenceMarker(ref),
  };
}

/** Cases of ESV3's imported cause book matching the look-up, each with a button to use it. */
export function ReferenceCases({
  query,
  hide,
  onUse,
}: {
  query: string;
  /** Case numbers already found among this counter's cases. */
  hide: Set<string>;
  onUse: (ref: ReferenceCaseView) => void;
}) {
  const ms = useStrings().msReference;
  // One letter would match most of the book: look up from two.
  const { state } = useApi('esv3Import.referenceSearch', { query: query.length < 2 ? '' : query });
  if (query.length < 2 || state.status !== 'ok') return null;
  const found = (state.value ?? []).filter((r) => !hide.has(r.caseNumber));
  if (found.length === 0) return <p className="muted">{ms.lookup.none}</p>;
  return (
    <div data-testid="reference-cases">
      <h3>{ms.lookup.title}</h3>
      <ul className="result-list" aria-label={ms.lookup.title}>
        {found.map((r) => (
          <li key={r.caseNumber} className="reference-case">
            <div>
              <span className="case-number">{r.caseNumber}</span> — {r.parties}
              {r.registeredOn ? ` (${ms.lookup.registeredOn(formatDate(r.registeredOn))})` : ''}
              <div className="muted">{referenceMarker(r)}</div>
            </div>
            <button type="button" className="button button--secondary button--small" onClick={() => onUse(r)}>
              {ms.lookup.use}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
