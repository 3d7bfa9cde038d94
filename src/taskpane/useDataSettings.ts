/**
 * How the staffing data is read, as saved in the workbook: the column choice, the meanings of
 * unrecognised values and the reference date. Loaded once when the pane opens (the data is not
 * read before, so a saved choice never flashes wrong figures first); every change is saved.
 * A damaged saved value is reported, kept beside the setting, and whatever is still valid used.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { emptyValueMapping, type ValueMapping } from "../core/staffing";
import type { WorkbookHost } from "../workbook/types";
import { loadMapping, MAPPING_SETTING, saveMappingText, type ChosenMapping } from "./columnMapping";
import { messageOf } from "./errors";
import type { LoadResult } from "./persisted";
import { reportIfDamaged } from "./savedSetting";
import {
  effectiveReferenceDate,
  loadReferenceDate,
  REFERENCE_DATE_SETTING,
  saveReferenceDateText,
} from "./referenceDate";
import {
  loadValueMapping,
  mergeValueMappings,
  saveValueMappingText,
  VALUE_MAPPING_SETTING,
} from "./valueMapping";

export interface DataSettings {
  columns: ChosenMapping | null;
  values: ValueMapping;
  /** The saved reference date; null means the default (latest 30 September). */
  savedReferenceDate: number | null;
  /** The reference date in use. */
  referenceDate: number;
}

export interface DataSettingsState {
  /** Null until the saved settings have been read. */
  settings: DataSettings | null;
  chooseColumns: (choice: ChosenMapping) => void;
  addValueMeanings: (added: ValueMapping) => void;
  clearValueMeanings: () => void;
  setReferenceDate: (serial: number) => void;
}

type Warn = (text: string) => void;

export function useDataSettings(
  host: WorkbookHost,
  warn: Warn,
  reportError: (message: string) => void,
): DataSettingsState {
  const [columns, setColumns] = useState<ChosenMapping | null>(null);
  const [values, setValues] = useState<ValueMapping>(emptyValueMapping);
  const [savedReferenceDate, setSavedReferenceDate] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  // The latest meanings, so two quick additions both survive without a state updater's side effect.
  const valuesRef = useRef(values);

  useEffect(() => {
    let live = true;
    const read = (key: string) =>
      host.getSetting(key).catch((e: unknown) => {
        if (live) reportError(messageOf(e));
        return null;
      });
    void Promise.all([
      read(MAPPING_SETTING),
      read(VALUE_MAPPING_SETTING),
      read(REFERENCE_DATE_SETTING),
    ]).then(([mappingText, valuesText, dateText]) => {
      if (!live) return;
      // What is still valid is used; a damaged value is kept beside it and reported (savedSetting).
      const loaded = <T>(
        key: string,
        text: string | null,
        load: (text: string | null) => LoadResult<T>,
        consequence: string,
      ): T => {
        const result = load(text);
        void reportIfDamaged(host, key, text, result, warn, consequence);
        return result.value;
      };
      setColumns(
        loaded(
          MAPPING_SETTING,
          mappingText,
          loadMapping,
          "Columns without a saved choice are matched by their headers.",
        ),
      );
      const savedValues = loaded(
        VALUE_MAPPING_SETTING,
        valuesText,
        loadValueMapping,
        "Only the values the add-in knows are recognised until you say what the others mean.",
      );
      valuesRef.current = savedValues;
      setValues(savedValues);
      setSavedReferenceDate(
        loaded(
          REFERENCE_DATE_SETTING,
          dateText,
          loadReferenceDate,
          "The latest 30 September is used instead.",
        ),
      );
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [host, warn, reportError]);

  const save = useCallback(
    (key: string, text: string) => {
      host.setSetting(key, text).catch((e: unknown) => reportError(messageOf(e)));
    },
    [host, reportError],
  );

  const chooseColumns = useCallback(
    (choice: ChosenMapping) => {
      setColumns(choice);
      save(MAPPING_SETTING, saveMappingText(choice));
    },
    [save],
  );

  const addValueMeanings = useCallback(
    (added: ValueMapping) => {
      const next = mergeValueMappings(valuesRef.current, added);
      valuesRef.current = next;
      setValues(next);
      save(VALUE_MAPPING_SETTING, saveValueMappingText(next));
    },
    [save],
  );

  const clearValueMeanings = useCallback(() => {
    const next = emptyValueMapping();
    valuesRef.current = next;
    setValues(next);
    save(VALUE_MAPPING_SETTING, saveValueMappingText(next));
  }, [save]);

  const setReferenceDate = useCallback(
    (serial: number) => {
      setSavedReferenceDate(serial);
      save(REFERENCE_DATE_SETTING, saveReferenceDateText(serial));
    },
    [save],
  );

  const settings = useMemo(
    () =>
      ready
        ? {
            columns,
            values,
            savedReferenceDate,
            referenceDate: effectiveReferenceDate(savedReferenceDate),
          }
        : null,
    [ready, columns, values, savedReferenceDate],
  );
  return { settings, chooseColumns, addValueMeanings, clearValueMeanings, setReferenceDate };
}
