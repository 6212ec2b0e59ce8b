import { Flex, Typography } from '@strapi/design-system';
import { Panel, ProgressMeter, ReportPage } from '@mymitt/admin-kit';
import { useDollars, useMessages, useShortDate } from '../hooks/messages';
import { PERMISSIONS } from '../permissions';
import { useGoals } from '../services/reports';
import type { GoalProgress } from '../../../shared/contracts/orders';

const Goal = ({ goal }: { goal: GoalProgress }) => {
  const t = useMessages();
  const dollars = useDollars();
  const date = useShortDate();
  const dates = goal.startsAt || goal.endsAt ? ` · ${date(goal.startsAt)} – ${date(goal.endsAt)}` : '';
  return (
    <Panel
      title={goal.name}
      hint={`${goal.scope === 'product' ? t('goals.product', 'One product') : t('goals.drive', 'Drive: every product')}${dates}`}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <ProgressMeter percent={goal.percent} label={goal.name} />
        <Typography>
          {t('goals.progress', '{sold} of {goal} ({percent}%)', {
            sold: dollars(goal.soldCents),
            goal: dollars(goal.goalCents),
            percent: goal.percent,
          })}
        </Typography>
      </Flex>
    </Panel>
  );
};

/** Each sales goal's net sales against its target (goals are set in the content manager). */
export const GoalsPage = () => (
  <ReportPage permissions={PERMISSIONS.read} page="goals" state={useGoals().state} isEmpty={({ data }) => data.length === 0}>
    {({ data }) => (
      <Flex direction="column" alignItems="stretch" gap={4}>
        {data.map((goal) => (
          <Goal key={goal.documentId} goal={goal} />
        ))}
      </Flex>
    )}
  </ReportPage>
);
