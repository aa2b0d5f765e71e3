/** The Integration page's tabs: links, so each tab has its own address and survives a reload. */
import { paths, type IntegrationTab } from '../router';

const TABS: ReadonlyArray<{ tab: IntegrationTab; label: string }> = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'push-log', label: 'Push Log' },
  { tab: 'activity', label: 'Sync Activity' },
  { tab: 'settings', label: 'Settings' },
  { tab: 'setup', label: 'Setup' },
];

export function IntegrationTabs({ current }: { current: IntegrationTab | null }) {
  return (
    <nav className="tabs" aria-label="Integration">
      {TABS.map(({ tab, label }) => (
        <a key={tab} href={paths.integrationTab(tab)} className="tab" aria-current={tab === current ? 'page' : undefined} data-testid={`integration-tab-${tab}`}>
          {label}
        </a>
      ))}
    </nav>
  );
}
