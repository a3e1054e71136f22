import { useFieldArray, useFormContext } from 'react-hook-form';
import { type PartySide, type Proceeding } from '@shared/domain';
import { EmptyState } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { emptyParty, type RegisterForm } from './model';
import { PartyFieldset } from './PartyFieldset';

/**
 * Plaintif/Pemohon first, then Defendan/Responden. Both sides live in one "parties" array, in the
 * order sent to the ledger, so the ledger's "parties.N.field" errors land on the right fieldset.
 */
export function PartiesSection({ proceeding }: { proceeding: Proceeding }) {
  const { ms, msDomain } = useStrings();
  const {
    control,
    formState: { errors },
  } = useFormContext<RegisterForm>();
  const { fields, insert, remove } = useFieldArray({ control, name: 'parties' });
  const indexed = fields.map((field, index) => ({ field, index }));
  const claimants = indexed.filter((p) => p.field.side === 'CLAIMANT');
  const respondents = indexed.filter((p) => p.field.side === 'RESPONDENT');
  const partiesError = errorAt(errors, 'parties');

  const add = (side: PartySide) => {
    // Claimants stay before respondents, so the payload reads in the court's order.
    const at = side === 'CLAIMANT' ? claimants.length : fields.length;
    insert(at, emptyParty(side), { shouldFocus: true, focusName: `parties.${at}.name` });
  };

  const group = (side: PartySide, members: typeof indexed) => {
    const role = msDomain.partyRole(side, proceeding);
    return (
      <section className="section" aria-label={role}>
        <h2>{role}</h2>
        {members.length === 0 ? <EmptyState>{ms.register.noRespondents(role)}</EmptyState> : null}
        {members.map(({ field, index }, i) => (
          <PartyFieldset
            key={field.id}
            index={index}
            ordinal={i + 1}
            proceeding={proceeding}
            onRemove={side === 'RESPONDENT' || members.length > 1 ? () => remove(index) : null}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => add(side)}>
          {ms.register.addParty(role)}
        </button>
      </section>
    );
  };

  return (
    <>
      {partiesError ? <p className="field__error">{partiesError}</p> : null}
      {group('CLAIMANT', claimants)}
      {group('RESPONDENT', respondents)}
    </>
  );
}
