import { CUSTOM_DOMAIN_CRMS, isCustomDomainCrm, type CustomDomainCrm } from '../../lib/sites/custom-crm';

/** Value of the "Other / teach Pacer" option: no built-in CRM, the generic readers. */
const GENERIC = '';

export interface CrmSelectProps {
  id: string;
  /** null: Other (generic readers + teach mode). */
  value: CustomDomainCrm | null;
  /** Product names of the built-in CRMs by id (adapter labels; never translated). */
  labels: Readonly<Record<string, string>>;
  otherLabel: string;
  onChange: (crm: CustomDomainCrm | null) => void;
  /** Accessible name from elements elsewhere (a list row: its host and "Read as"). */
  labelledBy?: string;
  describedBy?: string;
  testId?: string;
}

/** "Which CRM is this?": a native select (keyboard and screen readers for free), built-ins then Other. */
export function CrmSelect({ id, value, labels, otherLabel, onChange, labelledBy, describedBy, testId }: CrmSelectProps) {
  return (
    <select
      id={id} value={value ?? GENERIC} aria-labelledby={labelledBy} aria-describedby={describedBy} data-testid={testId}
      onChange={(e) => {
        const el = e.currentTarget as HTMLSelectElement;
        const v = el.value;
        // Strictly controlled: the select shows what is saved (or chosen) until the owner re-renders
        // with the new value, so a refused or failed change does not leave a CRM that was not applied.
        el.value = value ?? GENERIC;
        onChange(isCustomDomainCrm(v) ? v : null);
      }}
    >
      {CUSTOM_DOMAIN_CRMS.map((crm) => <option key={crm} value={crm}>{labels[crm] ?? crm}</option>)}
      <option value={GENERIC}>{otherLabel}</option>
    </select>
  );
}
