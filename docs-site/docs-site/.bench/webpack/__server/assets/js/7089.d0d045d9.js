"use strict";
exports.ids = [7089];
exports.modules = {

/***/ 37089
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createArchitectureServices: () => (/* reexport safe */ _chunk_6AZGARVD_mjs__WEBPACK_IMPORTED_MODULE_0__.S)
/* harmony export */ });
/* harmony import */ var _chunk_6AZGARVD_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45796);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;