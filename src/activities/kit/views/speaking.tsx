import { setupI18n, type I18n } from '@lingui/core';
import { I18nProvider, LinguiContext } from '@lingui/react';
import { useContext, type ComponentType } from 'react';
import { messages as en } from '../../../shared/locales/en.po';

// The views speak through Lingui, which needs a provider above them: the phone page has its own
// (PhoneI18n), the renderer's screens put the room's (RoomI18n) or the interface's round them.
// A screen that has none yet still gets English, as before #19, instead of failing to render.
// Not for the phone page (it would carry the app's English catalog): views.ts and editors.ts only.

let english: I18n | null = null;
const englishI18n = () => (english ??= setupI18n({ locale: 'en', messages: { en } }));

/** The view itself under a Lingui provider, or under English where nothing above provides one. */
export function speaking<P extends object>(View: ComponentType<P>): ComponentType<P> {
  function Speaking(props: P) {
    const provided = useContext(LinguiContext);
    return provided ? (
      <View {...props} />
    ) : (
      <I18nProvider i18n={englishI18n()}>
        <View {...props} />
      </I18nProvider>
    );
  }
  // eslint-disable-next-line lingui/no-unlocalized-strings -- React's developer tools read it
  Speaking.displayName = `Speaking(${View.displayName ?? View.name})`;
  return Speaking;
}

const wrapped = new WeakMap<object, unknown>();
const inner = new WeakMap<object, unknown>();

/** The view a `speaking` wrapper holds (or the view itself): what the phone page shows, for checks. */
export const viewInside = <P extends object>(View: ComponentType<P>): ComponentType<P> => (inner.get(View) as ComponentType<P> | undefined) ?? View;

/** `speaking` once per view (the same component every render, so React never remounts it). */
export function speakingOnce<P extends object>(View: ComponentType<P>): ComponentType<P> {
  let done = wrapped.get(View) as ComponentType<P> | undefined;
  if (!done) {
    done = speaking(View);
    wrapped.set(View, done);
    inner.set(done, View);
  }
  return done;
}
