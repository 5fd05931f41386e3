"use strict";
exports.ids = [4142];
exports.modules = {

/***/ 74142
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTreeViewServices: () => (/* reexport safe */ _chunk_IH6LHLGP_mjs__WEBPACK_IMPORTED_MODULE_0__.I)
/* harmony export */ });
/* harmony import */ var _chunk_IH6LHLGP_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30145);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;