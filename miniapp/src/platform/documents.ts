import Taro from '@tarojs/taro';
import { base64OfBytes, utf8Bytes } from '../lib/base64';

// A document a clerk publishes from (decision 014): chosen on the phone (WeChat's chat files) or the
// computer (the browser's file chooser), or its text pasted; sent as base64 inside the request. When
// larger documents arrive in practice, this is the one place that changes to an upload by key.

/** The most the API reads (MAX_DOCUMENT_BYTES in api/src/policies/publishing-resolvers.ts). */
export const MAX_DOCUMENT_BYTES = 70 * 1024;
/** What the importer reads; its first bytes decide, the extension is a hint. */
export const DOCUMENT_EXTENSIONS = ['txt', 'docx', 'pdf', 'html', 'htm'];

export type PickedDocument = { name: string; bytes: Uint8Array };
export type DocumentUpload = { name: string; contentBase64: string };

/** What is wrong with a document before it is sent, in words; '' when nothing. */
export function documentProblem(document: PickedDocument): string {
  if (document.bytes.length === 0) return '这个文件是空的，请换一个。';
  if (document.bytes.length > MAX_DOCUMENT_BYTES) return `文件不能超过 ${MAX_DOCUMENT_BYTES / 1024} KB：请另存为纯文本（.txt）后再上传，或把正文粘贴进来。`;
  return '';
}

export const uploadOf = (document: PickedDocument): DocumentUpload => ({ name: document.name, contentBase64: base64OfBytes(document.bytes) });

/** Pasted text, sent the way a .txt file is. */
export const pastedDocument = (text: string): PickedDocument => ({ name: '粘贴的正文.txt', bytes: utf8Bytes(text) });

/** H5: the file from an <input type="file"> (FileReader: older phone browsers lack Blob.arrayBuffer). */
export function documentFromFile(file: File): Promise<PickedDocument> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** weapp: a file from a WeChat chat (where clerks receive documents), read as bytes; null when cancelled. */
export async function chooseDocument(): Promise<PickedDocument | null> {
  let file: { path: string; name: string } | undefined;
  try {
    file = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: DOCUMENT_EXTENSIONS })).tempFiles[0];
  } catch {
    return null;
  }
  if (!file) return null;
  const path = file.path;
  const data = await new Promise<ArrayBuffer>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({ filePath: path, success: (result) => resolve(result.data as ArrayBuffer), fail: reject }),
  );
  return { name: file.name, bytes: new Uint8Array(data) };
}
