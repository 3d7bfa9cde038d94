// office-addin-mock only needs office-addin-manifest for its usage-data helpers, which tests never call.
module.exports = {};
