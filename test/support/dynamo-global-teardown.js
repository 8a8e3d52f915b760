module.exports = async function globalTeardown() {
  const dynamo = globalThis.__GOVOPEN_DYNAMO__;
  if (dynamo) await dynamo.stop();
};
