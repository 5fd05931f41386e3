"use strict";
exports.ids = [9035];
exports.modules = {

/***/ 49035
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRailroadEbnfServices: () => (/* reexport safe */ _chunk_2ZTRR5NV_mjs__WEBPACK_IMPORTED_MODULE_0__.W)
/* harmony export */ });
/* harmony import */ var _chunk_2ZTRR5NV_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14916);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;