import type { AcceptanceStatus } from '../../../domain/risk';
import type { Strings } from '../../strings';

/** The acceptance state in words. */
export function acceptanceText(strings: Strings, status: AcceptanceStatus): string {
  const s = strings.riskOverview.acceptanceStates;
  switch (status.state) {
    case 'none':
      return s.none;
    case 'valid':
      return s.valid(status.validUntil ?? '');
    case 'expired':
      return s.expired(status.validUntil ?? '');
    case 'void':
      return s.void;
  }
}
