"use strict";
exports.ids = [7632];
exports.modules = {

/***/ 37632
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createWardleyServices: () => (/* reexport safe */ _chunk_ICYGCRZG_mjs__WEBPACK_IMPORTED_MODULE_0__.J)
/* harmony export */ });
/* harmony import */ var _chunk_ICYGCRZG_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9427);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;