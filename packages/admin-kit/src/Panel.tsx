import type { ReactNode } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';

interface PanelProps {
  /** A section heading (h2). */
  title?: string;
  /** A grey line under the heading. */
  hint?: string;
  /** A button at the heading's right. */
  action?: ReactNode;
  /** 6 (a form section, the default) or 4 (a filter bar). */
  padding?: 4 | 6;
  children?: ReactNode;
}

/** A white card on the page: optional heading, hint and action, then its content. */
export const Panel = ({ title, hint, action, padding = 6, children }: PanelProps) => (
  <Box background="neutral0" padding={padding} shadow="filterShadow" hasRadius>
    {(title || action) && (
      <Flex justifyContent="space-between">
        {title && (
          <Typography variant="delta" tag="h2">
            {title}
          </Typography>
        )}
        {action}
      </Flex>
    )}
    {hint && (
      <Typography variant="pi" textColor="neutral600" tag="p">
        {hint}
      </Typography>
    )}
    {children !== undefined && (title || hint || action ? <Box paddingTop={4}>{children}</Box> : children)}
  </Box>
);

/** A row of filters over a list: a card whose fields wrap and line up at their bottom edge. */
export const FilterBar = ({ children }: { children: ReactNode }) => (
  <Panel padding={4}>
    <Flex gap={4} alignItems="flex-end" wrap="wrap">
      {children}
    </Flex>
  </Panel>
);

/** The card shown instead of an empty table. */
export const EmptyState = ({ children }: { children: ReactNode }) => (
  <Panel>
    <Typography>{children}</Typography>
  </Panel>
);

/** A green box with one message (what an import or action did). */
export const SuccessBox = ({ children }: { children: ReactNode }) => (
  <Box background="success100" padding={4} hasRadius>
    <Typography textColor="success700">{children}</Typography>
  </Box>
);

/** A small red line under a group of fields (an error no single field owns). */
export const InlineError = ({ children }: { children?: string }) =>
  children ? (
    <Typography tag="p" variant="pi" textColor="danger600">
      {children}
    </Typography>
  ) : null;

/** A badge in one of the theme's colour families: its 100 shade as background, 700 as text. */
export const ColorBadge = ({ color, children }: { color: string; children: ReactNode }) => (
  <Badge backgroundColor={`${color}100`} textColor={`${color}700`}>
    {children}
  </Badge>
);
