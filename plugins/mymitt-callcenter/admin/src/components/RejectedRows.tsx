import { Box, Typography } from '@strapi/design-system';
import { useMessages } from '../hooks/use-messages';
import { SimpleTable } from '@mymitt/admin-kit';

/** The rows an import refused: CSV line (the header is row 1) and reason; `total` may exceed the rows listed. */
export const RejectedRows = ({ rows, total }: { rows: Array<{ row: number; reason: string }>; total: number }) => {
  const t = useMessages();
  if (!rows.length) return null;
  return (
    <Box>
      <Typography variant="delta" tag="h3">
        {t('import.rejectedTitle', 'Rows not loaded ({total})', { total })}
      </Typography>
      {total > rows.length && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('import.rejectedFirst', 'The first {shown} are listed.', { shown: rows.length })}
        </Typography>
      )}
      <Box paddingTop={2} style={{ maxHeight: 320, overflowY: 'auto' }}>
        <SimpleTable
          headers={[t('import.row', 'Row'), t('import.reason', 'Reason')]}
          rows={rows.map((r, i) => ({ key: `${r.row}-${i}`, cells: [r.row, r.reason] }))}
        />
      </Box>
    </Box>
  );
};
