import type { S3Event, S3EventRecord, Context } from 'aws-lambda';
import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';

const s3 = new S3Client({});

const SIZES = [
  { suffix: 'sm', width: 160 },
  { suffix: 'md', width: 480 },
  { suffix: 'lg', width: 1024 },
] as const satisfies ReadonlyArray<{ suffix: string; width: number }>;

type SizeSuffix = (typeof SIZES)[number]['suffix'];

interface ThumbnailResult {
  readonly key: string;
  readonly size: SizeSuffix;
  readonly bytes: number;
}

const IMAGE_EXT = /\.(jpe?g|png|webp)$/i;
const OUTPUT_BUCKET: string = process.env.THUMBNAIL_BUCKET ?? '';

async function streamToBuffer(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function thumbKey(sourceKey: string, size: SizeSuffix): string {
  const base = sourceKey.replace(IMAGE_EXT, '');
  return `thumbnails/${size}/${base}.webp`;
}

async function processRecord(record: S3EventRecord): Promise<ThumbnailResult[]> {
  const bucket = record.s3.bucket.name;
  const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
  if (!IMAGE_EXT.test(key) || key.startsWith('thumbnails/')) return [];

  const original = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const input = await streamToBuffer(original.Body as AsyncIterable<Uint8Array>);

  return Promise.all(
    SIZES.map(async ({ suffix, width }): Promise<ThumbnailResult> => {
      const output = await sharp(input).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
      const outKey = thumbKey(key, suffix);
      await s3.send(
        new PutObjectCommand({
          Bucket: OUTPUT_BUCKET || bucket,
          Key: outKey,
          Body: output,
          ContentType: 'image/webp',
          CacheControl: 'public, max-age=31536000, immutable',
        }),
      );
      return { key: outKey, size: suffix, bytes: output.byteLength };
    }),
  );
}

export const handler = async (event: S3Event, context: Context): Promise<{ processed: number; failures: string[] }> => {
  const failures: string[] = [];
  let processed = 0;
  for (const record of event.Records) {
    try {
      const results = await processRecord(record);
      processed += results.length;
    } catch (err: unknown) {
      const message = err instanceof Error ? err.message : String(err);
      console.error(JSON.stringify({ requestId: context.awsRequestId, key: record.s3.object.key, message }));
      failures.push(record.s3.object.key);
    }
  }
  return { processed, failures };
};
