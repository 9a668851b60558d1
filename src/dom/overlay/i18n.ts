// The page overlay's own words (legend, hover card) in Vietnamese and English. The article's words and
// the values the core formats stay as they are. Type labels come from src/shared/i18n (TYPE_STYLES).
import type { Lang } from '../../shared/i18n';

const vi = {
  provincial: 'Tin địa phương',
  expandLegend: 'Mở bảng chú giải',
  collapseLegend: 'Thu gọn bảng chú giải',
  /** Title of a reader entry in the hover card: with a note, or a bare highlight. */
  userNote: 'Ghi chú của bạn',
  userHighlight: 'Tô sáng của bạn',
  editNote: 'Sửa ghi chú',
  addNote: 'Thêm ghi chú',
  delete: 'Xóa',
  confirmDelete: 'Bấm lần nữa để xóa',
  /** Selection toolbar and note editor. */
  highlight: 'Tô sáng',
  note: 'Ghi chú',
  noteText: 'Nội dung ghi chú',
  notePlaceholder: 'Ghi chú của bạn…',
  save: 'Lưu',
  cancel: 'Hủy',
  noteForSelection: 'Ghi chú cho đoạn đã chọn',
  notSaved: 'Không lưu được.',
};

export type OverlayMessages = typeof vi;

const en: OverlayMessages = {
  provincial: 'Provincial news',
  expandLegend: 'Expand the legend',
  collapseLegend: 'Collapse the legend',
  userNote: 'Your note',
  userHighlight: 'Your highlight',
  editNote: 'Edit note',
  addNote: 'Add a note',
  delete: 'Delete',
  confirmDelete: 'Click again to delete',
  highlight: 'Highlight',
  note: 'Note',
  noteText: 'Note text',
  notePlaceholder: 'Your note…',
  save: 'Save',
  cancel: 'Cancel',
  noteForSelection: 'Note on the selected passage',
  notSaved: 'Could not save.',
};

export const OVERLAY_MESSAGES: Record<Lang, OverlayMessages> = { vi, en };

/** The overlay dictionary; anything but 'en' gets Vietnamese, the default. */
export function overlayText(lang: Lang | undefined): OverlayMessages {
  return lang === 'en' ? en : vi;
}
