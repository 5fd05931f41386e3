"use strict";
exports.ids = [6480];
exports.modules = {

/***/ 6480
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRailroadAbnfServices: () => (/* reexport safe */ _chunk_XHIXRSVI_mjs__WEBPACK_IMPORTED_MODULE_0__.s)
/* harmony export */ });
/* harmony import */ var _chunk_XHIXRSVI_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89096);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;