import { Modal } from 'antd';
import { useT } from '../../../i18n/context';
import type { Attachment } from './queries';

/**
 * A paper shown in the page: a PDF in a frame (the browser's own viewer), an image as an image. The content
 * URL is same-origin, so the session cookie opens it; the service sends PDFs and images inline.
 */
export function PaperPreview({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const t = useT();
  const title = t('papers.previewTitle', { name: attachment.filename });
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      <div className="paper-preview" data-testid="paper-preview">
        {attachment.contentType === 'application/pdf' ? (
          <iframe src={attachment.contentUrl} title={title} className="paper-preview-frame" />
        ) : (
          <img src={attachment.contentUrl} alt={attachment.filename} className="paper-preview-image" />
        )}
      </div>
    </Modal>
  );
}
