import { Box } from '@strapi/design-system';

/**
 * A horizontal bar filled to `percent` (0–100; more shows full) on a light card: goal progress.
 * Strapi's ProgressBar is drawn for dark overlays (a white fill), so it does not read on a white panel.
 */
export const ProgressMeter = ({ percent, label }: { percent: number; label: string }) => {
  const shown = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <Box
      background="neutral150"
      hasRadius
      height="0.75rem"
      width="100%"
      overflow="hidden"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown}
    >
      <Box background={shown >= 100 ? 'success500' : 'primary600'} height="100%" style={{ width: `${shown}%` }} />
    </Box>
  );
};
