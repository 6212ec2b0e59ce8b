import { Box, Typography } from '@strapi/design-system';

/** One headline figure of a dashboard. */
export const Stat = ({ label, value, hint }: { label: string; value: string | number; hint?: string }) => (
  <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius height="100%">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography tag="p" variant="alpha">
      {value}
    </Typography>
    {hint && (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {hint}
      </Typography>
    )}
  </Box>
);
