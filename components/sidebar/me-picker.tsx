import { Component } from 'preact';
import { elementId } from '../ui/element-id';
import type { Translate } from '../../lib/i18n/index';
import { Button } from '../ui/button';

export interface MePickerProps {
  owners: readonly string[];
  /** The page's signed-in user, when shown: offered first when it matches an owner (or alone). */
  signedInAs: string | null;
  current: string | null;
  t: Translate;
  /** null = show the team. */
  onSave: (me: string | null) => void;
}

/** "Who are you in this CRM?": pick from the owners seen, or take the page's signed-in name. */
export class MePicker extends Component<MePickerProps, { choice: string }> {
  // A class, not hooks: see components/ui/element-id.ts.
  #id = elementId('');
  constructor(props: MePickerProps) {
    super(props);
    this.state = { choice: props.current ?? '' };
  }

  override render() {
    const { owners, signedInAs, current, t, onSave } = this.props;
    const id = this.#id;
    const { choice } = this.state;
    const suggested = signedInAs && signedInAs !== current ? signedInAs : null;
    return (
      <section class="pacer-sb__section pacer-sb__me" aria-labelledby={`pacer-me-h-${id}`}>
        <h3 id={`pacer-me-h-${id}`} class="pacer-sb__h">{t('sidebar.me.question')}</h3>
        <p class="pacer-sb__hint">{t('sidebar.me.hint')}</p>
        {suggested && (
          <Button variant="primary" onClick={() => onSave(suggested)} data-testid="pacer-me-signed-in">
            {t('sidebar.me.useSignedIn', { name: suggested })}
          </Button>
        )}
        {owners.length === 0 ? (
          <p class="pacer-sb__hint">{t('sidebar.me.noOwners')}</p>
        ) : (
          <form
            class="pacer-sb__me-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (choice) onSave(choice);
            }}
          >
            <label for={`pacer-me-${id}`}>{t('sidebar.me.select')}</label>
            <select id={`pacer-me-${id}`} value={choice} onChange={(e) => this.setState({ choice: e.currentTarget.value })}>
              <option value="">{t('sidebar.me.choose')}</option>
              {owners.map((o) => <option key={o} value={o}>{o}</option>)}
            </select>
            <Button type="submit" variant={suggested ? 'secondary' : 'primary'} disabled={!choice}>
              {t('sidebar.me.save')}
            </Button>
          </form>
        )}
        {current !== null && (
          <Button variant="link" onClick={() => onSave(null)}>{t('sidebar.me.team')}</Button>
        )}
      </section>
    );
  }
}
