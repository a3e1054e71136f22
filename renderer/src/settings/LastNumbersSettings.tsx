import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { lastNumbersSchema } from '@shared/schemas/setup';
import type { CaseTypeView, SettingsView } from '@shared/views';
import { call } from '../api/client';
import { LastNumbersTable } from '../setup/LastNumbersTable';
import { lastNumbersFromView, lastNumbersToInput, type LastNumberRow } from '../setup/model';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';
import { unawaitedHandler } from '../app/unawaited';

const schema = z.object({ lastNumbers: lastNumbersSchema });

/** The whole table is saved at once: settings.setLastNumbers takes the full list. */
export function LastNumbersSettings({
  settings,
  caseTypes,
  year,
  onSaved,
}: {
  settings: SettingsView;
  caseTypes: CaseTypeView[];
  year: number;
  onSaved: (s: SettingsView) => void;
}) {
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<{ lastNumbers: LastNumberRow[] }, SettingsView>({
    schema,
    toInput: (v) => ({ lastNumbers: lastNumbersToInput(v.lastNumbers) }),
    defaultValues: { lastNumbers: lastNumbersFromView(settings.lastNumbers) },
    save: (v) => call('settings.setLastNumbers', { rows: lastNumbersToInput(v.lastNumbers) }),
    onSaved,
    issuePath: (p) => p.replace(/^rows/, 'lastNumbers'),
  });
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={unawaitedHandler(onSubmit)} noValidate>
        <LastNumbersTable caseTypes={caseTypes} currentYear={year} scope={settings.numbering.scope} />
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}
