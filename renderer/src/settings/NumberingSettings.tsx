import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { numberingSchema, type NumberingInput } from '@shared/schemas/setup';
import type { SettingsView } from '@shared/views';
import { call } from '../api/client';
import { NumberingFields } from '../setup/NumberingFields';
import { numberingFromView, numberingToInput, type NumberingForm } from '../setup/model';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';
import { unawaitedHandler } from '../app/unawaited';

const schema = z.object({ numbering: numberingSchema });

export function NumberingSettings({
  settings,
  year,
  fallbackTypeCode,
  onSaved,
}: {
  settings: SettingsView;
  year: number;
  /** The case type the example number shows when no last number is recorded for this year. */
  fallbackTypeCode: string;
  onSaved: (s: SettingsView) => void;
}) {
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<{ numbering: NumberingForm }, SettingsView>({
    schema,
    toInput: (v) => ({ numbering: numberingToInput(v.numbering) }),
    defaultValues: { numbering: numberingFromView(settings.numbering) },
    save: (v) => call('settings.updateNumbering', numberingToInput(v.numbering) as NumberingInput),
    onSaved,
    issuePath: (p) => `numbering.${p}`,
  });
  const example = settings.lastNumbers.find((r) => r.year === year);
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={unawaitedHandler(onSubmit)} noValidate>
        <NumberingFields
          stateCode={settings.court.stateCode}
          courtCode={settings.court.courtCode}
          exampleTypeCode={example?.caseTypeCode === '*' || !example ? fallbackTypeCode : example.caseTypeCode}
          exampleLastNumber={example?.lastNumber}
          year={year}
        />
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}
