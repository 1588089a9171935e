import type { Translate } from '../../lib/i18n/index';
import { GOAL_TEMPLATES, type GoalTemplate } from '../../lib/goals/templates';

/** Ready-made goals with their drivers; picking one opens the form filled in, nothing is saved yet. */
export function TemplatePicker({ onPick, t }: { onPick: (tpl: GoalTemplate) => void; t: Translate }) {
  return (
    <section aria-labelledby="pacer-templates-h" class="pacer-opt-card">
      <h3 id="pacer-templates-h">{t('options.templates.heading')}</h3>
      <ul class="pacer-opt-templates">
        {GOAL_TEMPLATES.map((tpl) => (
          <li key={tpl.id}>
            <button type="button" class="pacer-btn" onClick={() => onPick(tpl)} data-testid={`pacer-template-${tpl.id}`}
              aria-describedby={`pacer-template-${tpl.id}-desc`}>
              {t(`options.template.${tpl.id}.name`)}
            </button>
            <p id={`pacer-template-${tpl.id}-desc`} class="pacer-opt-hint">{t(`options.template.${tpl.id}.desc`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
