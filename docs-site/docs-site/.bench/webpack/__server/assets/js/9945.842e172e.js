"use strict";
exports.ids = [9945];
exports.modules = {

/***/ 69945
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitGraphServices: () => (/* reexport safe */ _chunk_KI3K4JFJ_mjs__WEBPACK_IMPORTED_MODULE_0__.b)
/* harmony export */ });
/* harmony import */ var _chunk_KI3K4JFJ_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1721);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;