// A minimal reader of Apache Arrow's IPC stream format, as Hugging Face `datasets` writes it with
// `save_to_disk` (data-NNNNN-of-NNNNN.arrow). The benchmarks need only its flat string and boolean columns, so
// that is all this reads: nested, dictionary-encoded or compressed data is refused with an error rather than
// guessed at. Written here to keep the benchmarks free of a dependency for one corpus.
//
// The format: a sequence of messages, each 0xFFFFFFFF, an int32 length, a flatbuffer `Message` of that length,
// then `bodyLength` bytes of buffers. The first message is the Schema; each RecordBatch after it holds a slice
// of rows, and its buffers sit in its body at the offsets its flatbuffer gives.
import { readFileSync } from "node:fs";

const SCHEMA = 1;
const RECORD_BATCH = 3;
const DICTIONARY_BATCH = 2;
const TYPE_UTF8 = 5;
const TYPE_BOOL = 6;

/** A flatbuffer table: where its fields are, read through its vtable. */
class Table {
  constructor(view, pos) {
    this.view = view;
    this.pos = pos;
    this.vtable = pos - view.getInt32(pos, true);
    this.vsize = view.getUint16(this.vtable, true);
  }
  /** The absolute position of field `id`, or undefined when the field is absent (its default). */
  field(id) {
    const at = 4 + 2 * id;
    if (at >= this.vsize) return undefined;
    const off = this.view.getUint16(this.vtable + at, true);
    return off ? this.pos + off : undefined;
  }
  uint8(id, dflt = 0) {
    const p = this.field(id);
    return p === undefined ? dflt : this.view.getUint8(p);
  }
  int64(id, dflt = 0) {
    const p = this.field(id);
    return p === undefined ? dflt : Number(this.view.getBigInt64(p, true));
  }
  /** An offset field (table, vector, string): the position it points at. */
  ref(id) {
    const p = this.field(id);
    return p === undefined ? undefined : p + this.view.getUint32(p, true);
  }
  table(id) {
    const p = this.ref(id);
    return p === undefined ? undefined : new Table(this.view, p);
  }
  string(id) {
    const p = this.ref(id);
    if (p === undefined) return undefined;
    const n = this.view.getUint32(p, true);
    return new TextDecoder().decode(new Uint8Array(this.view.buffer, this.view.byteOffset + p + 4, n));
  }
  /** A vector field: its length and where its first element starts. */
  vector(id) {
    const p = this.ref(id);
    if (p === undefined) return { length: 0, start: 0 };
    return { length: this.view.getUint32(p, true), start: p + 4 };
  }
}

/** The fields of a Schema message: name and type id, in column order. */
function schemaFields(schema) {
  const { length, start } = schema.vector(1);
  const fields = [];
  for (let i = 0; i < length; i++) {
    const at = start + 4 * i;
    const field = new Table(schema.view, at + schema.view.getUint32(at, true));
    if (field.ref(4) !== undefined) throw new Error("arrow: dictionary-encoded columns are not read");
    const type = field.uint8(2);
    if (type !== TYPE_UTF8 && type !== TYPE_BOOL)
      throw new Error(`arrow: column ${field.string(0)} has type ${type}; only utf8 and bool are read`);
    fields.push({ name: field.string(0), type });
  }
  return fields;
}

/**
 * Every row of an Arrow IPC stream file as a plain object (column name → string, boolean or null).
 * Throws on anything this reader does not understand, so a corpus never yields half-read rows.
 */
export function readArrowStream(path) {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let fields;
  const rows = [];
  while (pos + 8 <= view.byteLength) {
    let size = view.getInt32(pos, true);
    pos += 4;
    if (size === -1) {
      size = view.getInt32(pos, true);
      pos += 4;
    }
    if (size === 0) break; // end of stream
    const meta = new DataView(bytes.buffer, bytes.byteOffset + pos, size);
    const message = new Table(meta, meta.getUint32(0, true));
    const kind = message.uint8(1);
    const header = message.table(2);
    const bodyLength = message.int64(3);
    const body = pos + size;
    if (kind === SCHEMA) fields = schemaFields(header);
    else if (kind === DICTIONARY_BATCH) throw new Error("arrow: dictionary batches are not read");
    else if (kind === RECORD_BATCH) {
      if (!fields) throw new Error("arrow: a record batch before the schema");
      if (header.ref(3) !== undefined) throw new Error("arrow: compressed record batches are not read");
      rows.push(...batchRows(header, fields, bytes, body));
    }
    pos = body + bodyLength;
  }
  if (!fields) throw new Error(`arrow: no schema in ${path}`);
  return rows;
}

function batchRows(batch, fields, bytes, body) {
  const v = batch.view;
  const count = batch.int64(0);
  const buffers = batch.vector(2);
  const buffer = (i) => {
    if (i >= buffers.length) throw new Error("arrow: fewer buffers than columns need");
    const at = buffers.start + 16 * i;
    const offset = Number(v.getBigInt64(at, true));
    const length = Number(v.getBigInt64(at + 8, true));
    return bytes.subarray(body + offset, body + offset + length);
  };
  const bit = (buf, i) => (buf[i >> 3] >> (i & 7)) & 1;
  const rows = Array.from({ length: count }, () => ({}));
  let b = 0;
  for (const f of fields) {
    const validity = buffer(b++);
    const valid = (i) => validity.length === 0 || bit(validity, i) === 1;
    if (f.type === TYPE_UTF8) {
      const offsets = buffer(b++);
      const data = buffer(b++);
      const ov = new DataView(offsets.buffer, offsets.byteOffset, offsets.byteLength);
      const decoder = new TextDecoder();
      for (let i = 0; i < count; i++)
        rows[i][f.name] = valid(i)
          ? decoder.decode(data.subarray(ov.getInt32(4 * i, true), ov.getInt32(4 * i + 4, true)))
          : null;
    } else {
      const values = buffer(b++);
      for (let i = 0; i < count; i++) rows[i][f.name] = valid(i) ? bit(values, i) === 1 : null;
    }
  }
  return rows;
}
