import { dealDisplay, type DealDisplayInput } from '../../lib/display/deal-display';
import { DealLinkView } from './deal-link-view';

export type DealLinkProps = DealDisplayInput;

/** A deal named as evidence: its name links to the CRM record (new tab, no opener), then its figures. */
export function DealLink(props: DealLinkProps) {
  return <DealLinkView deal={dealDisplay(props)} />;
}
