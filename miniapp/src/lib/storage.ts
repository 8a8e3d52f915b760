import Taro from '@tarojs/taro';

/**
 * Local storage that never throws: a full or unavailable storage must not break a page. Keys are
 * versioned so a later shape can ignore old values instead of misreading them.
 */
export function readStored<T>(key: string): T | undefined {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return value === '' || value === null || value === undefined ? undefined : (value as T);
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be stored (quota, private mode …). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // nothing to do: the value is unreachable either way
  }
}
