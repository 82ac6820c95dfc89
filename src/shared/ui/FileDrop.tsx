import { type DragEvent, useId, useState } from 'react';

/**
 * A file picker that also takes a file dropped on it. The picker is an ordinary labelled input, so the
 * keyboard and screen readers use it as usual; dropping is a convenience on top.
 */
export function FileDrop({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <fieldset
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <legend>{label}</legend>
      <label htmlFor={id}>Vælg en fil, eller træk den hertil</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </fieldset>
  );
}
