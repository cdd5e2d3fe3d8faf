import { Box, Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useDownload } from '../api';

export interface DownloadableFile {
  /** What the file is called, as sent. */
  name: string;
  size: number;
  /** The admin route that serves it to staff (it needs the admin token, so it is fetched, not linked). */
  path: string;
}

/** Files staff may download, one button each with its name and size. */
export function FileDownloads({ files }: { files: DownloadableFile[] }) {
  const download = useDownload();
  return (
    <Box tag="ul">
      {files.map((file) => (
        <li key={file.path}>
          <Button variant="ghost" size="S" startIcon={<Download />} onClick={() => void download(file.path, file.name)}>
            {`${file.name} (${Math.ceil(file.size / 1024)} KB)`}
          </Button>
        </li>
      ))}
    </Box>
  );
}
