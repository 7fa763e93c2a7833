const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const s3 = new S3Client({});

exports.handler = async (event) => {
  const { bucket, object } = event.Records[0].s3;
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket.name, Key: decodeURIComponent(object.key) }));
  const text = await res.Body.transformToString();
  console.log(JSON.stringify({ key: object.key, lines: text.split("\n").length }));
  return { statusCode: 200 };
};
