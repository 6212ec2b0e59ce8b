import { useRef, useState } from 'react';
import { Box, Button, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import type { Translate } from './messages';
import type { UploadProgress } from './request';

const kb = (bytes: number) => `${Math.max(0, Math.round(bytes / 1024)).toLocaleString()} kB`;

interface CsvUploadProps {
  /** Sends the file; resolves when the server has answered. */
  onUpload: (file: File, onProgress: (progress: UploadProgress) => void) => Promise<void>;
  disabled?: boolean;
  label: string;
  /** The plugin's messages (`upload.processing`, `upload.progress`). */
  t: Translate;
}

/** Pick a .csv file, upload it with a progress bar (bytes sent), then "processing" until the server answers. */
export const CsvUpload = ({ onUpload, disabled, label, t }: CsvUploadProps) => {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const busy = progress !== null;
  const sentAll = progress !== null && progress.sentBytes >= progress.totalBytes;

  const start = async () => {
    if (!file) return;
    setProgress({ sentBytes: 0, totalBytes: file.size });
    try {
      await onUpload(file, setProgress);
      setFile(null);
      if (input.current) input.current.value = '';
    } finally {
      setProgress(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex gap={2} alignItems="center" wrap="wrap">
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-label={label}
          disabled={disabled || busy}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Button startIcon={<Upload />} onClick={start} disabled={disabled || !file} loading={busy}>
          {label}
        </Button>
      </Flex>
      {progress && (
        <Box>
          <ProgressBar value={progress.totalBytes ? Math.round((100 * progress.sentBytes) / progress.totalBytes) : 0} />
          <Typography variant="pi" textColor="neutral600">
            {sentAll
              ? t('upload.processing', 'Uploaded {total}; the server is reading the rows…', { total: kb(progress.totalBytes) })
              : t('upload.progress', 'Sent {sent} of {total}', { sent: kb(progress.sentBytes), total: kb(progress.totalBytes) })}
          </Typography>
        </Box>
      )}
    </Flex>
  );
};
