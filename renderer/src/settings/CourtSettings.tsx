import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { courtSchema, type CourtInput } from '@shared/schemas/setup';
import type { SettingsView, StateView } from '@shared/views';
import { call } from '../api/client';
import { CourtFields } from '../setup/CourtFields';
import { courtFromView, courtToInput, type CourtForm } from '../setup/model';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';
import { unawaitedHandler } from '../app/unawaited';

const schema = z.object({ court: courtSchema });

export function CourtSettings({
  settings,
  states,
  onSaved,
}: {
  settings: SettingsView;
  states: StateView[];
  onSaved: (s: SettingsView) => void;
}) {
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<{ court: CourtForm }, SettingsView>({
    schema,
    toInput: (v) => ({ court: courtToInput(v.court) }),
    defaultValues: { court: courtFromView(settings.court) },
    save: (v) => call('settings.updateCourt', courtToInput(v.court) as CourtInput),
    onSaved,
    issuePath: (p) => `court.${p}`,
  });
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={unawaitedHandler(onSubmit)} noValidate>
        <CourtFields states={states} />
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}
