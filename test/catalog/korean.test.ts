import { describe, expect, it } from 'vitest';

import { finalSound, particleFor, withParticle } from '../../src/catalog/korean';

describe('finalSound', () => {
  it('reads the final consonant of a Hangul syllable', () => {
    expect(finalSound('유형')).toBe('consonant');
    expect(finalSound('값')).toBe('consonant');
    expect(finalSound('코드')).toBe('vowel');
    expect(finalSound('이름')).toBe('consonant');
    expect(finalSound('파일')).toBe('rieul');
    expect(finalSound('오류 값')).toBe('consonant');
  });

  it('reads a number by the Korean name of its last digit', () => {
    expect(finalSound('1')).toBe('rieul'); // 일
    expect(finalSound('2')).toBe('vowel'); // 이
    expect(finalSound('3')).toBe('consonant'); // 삼
    expect(finalSound('404')).toBe('vowel'); // 사백사
    expect(finalSound('401')).toBe('rieul'); // 사백일
    expect(finalSound('429')).toBe('vowel'); // 사백이십구
    expect(finalSound('500')).toBe('consonant'); // 오백
    expect(finalSound('10')).toBe('consonant'); // 십
    expect(finalSound('1000')).toBe('consonant'); // 천
  });

  it('spells short capitals and vowel-less words letter by letter', () => {
    expect(finalSound('JWT')).toBe('vowel'); // 제이더블유티
    expect(finalSound('API')).toBe('vowel'); // 에이피아이
    expect(finalSound('URL')).toBe('rieul'); // 유알엘
    expect(finalSound('OCR')).toBe('rieul'); // 오씨알
    expect(finalSound('RAM')).toBe('consonant'); // 램
    expect(finalSound('auth.ts')).toBe('vowel'); // 티에스
    expect(finalSound('SDK')).toBe('vowel'); // 에스디케이
  });

  it('reads other Latin words as English, by their ending', () => {
    expect(finalSound('code')).toBe('vowel');
    expect(finalSound('error')).toBe('vowel');
    expect(finalSound('email')).toBe('rieul');
    expect(finalSound('Google')).toBe('rieul');
    expect(finalSound('token')).toBe('consonant');
    expect(finalSound('name')).toBe('consonant');
    expect(finalSound('string')).toBe('consonant');
    expect(finalSound('secret')).toBe('consonant');
    expect(finalSound('callback')).toBe('consonant');
    expect(finalSound('password')).toBe('vowel');
    expect(finalSound('status')).toBe('vowel');
  });

  it('takes the last word of a code: after `_`, `-`, `/` and camelCase humps', () => {
    expect(finalSound('AUTH_SECRET')).toBe('consonant');
    expect(finalSound('USER_ALREADY_EXIST')).toBe('vowel');
    expect(finalSound('auth/invalid-email')).toBe('rieul');
    expect(finalSound('CredentialsSignin')).toBe('consonant');
    expect(finalSound('AccessDenied')).toBe('vowel');
    expect(finalSound('MissingAdapter')).toBe('vowel');
    expect(finalSound('OAuthCallbackError')).toBe('vowel');
    expect(finalSound('InvalidCallbackUrl')).toBe('rieul');
    expect(finalSound('invalid_grant')).toBe('vowel');
  });

  it('skips closing quotes, backticks, brackets and a closing aside', () => {
    expect(finalSound('`AUTH_SECRET`')).toBe('consonant');
    expect(finalSound('"database"')).toBe('vowel');
    expect(finalSound('Firebase Auth(웹 SDK) 오류 코드')).toBe('vowel');
    expect(finalSound('NextAuth.js v4 로거 코드 (v4)')).toBe('vowel');
    expect(finalSound('(없음)')).toBe('consonant');
  });

  it('does not guess a sound it cannot read', () => {
    expect(finalSound('')).toBeUndefined();
    expect(finalSound('…')).toBeUndefined();
    expect(finalSound('認證')).toBeUndefined();
  });
});

describe('particleFor', () => {
  it('chooses 을/를, 이/가, 은/는, 과/와 and 으로/로, whichever form names the particle', () => {
    expect(particleFor('유형', '를')).toBe('을');
    expect(particleFor('값', '를')).toBe('을');
    expect(particleFor('코드', '을')).toBe('를');
    expect(particleFor('유형', '가')).toBe('이');
    expect(particleFor('코드', '이')).toBe('가');
    expect(particleFor('값', '는')).toBe('은');
    expect(particleFor('코드', '은')).toBe('는');
    expect(particleFor('토큰', '와')).toBe('과');
    expect(particleFor('코드', '과')).toBe('와');
    expect(particleFor('값', '로')).toBe('으로');
    expect(particleFor('코드', '으로')).toBe('로');
  });

  it('treats ㄹ as a vowel for 으로/로 only', () => {
    expect(particleFor('파일', '으로')).toBe('로');
    expect(particleFor('email', '으로')).toBe('로');
    expect(particleFor('1', '으로')).toBe('로');
    expect(particleFor('파일', '를')).toBe('을');
    expect(particleFor('URL', '가')).toBe('이');
  });

  it('writes both forms when the sound is unknown', () => {
    expect(particleFor('…', '를')).toBe('을(를)');
    expect(particleFor('', '가')).toBe('이(가)');
    expect(particleFor('認證', '는')).toBe('은(는)');
    expect(particleFor('認證', '와')).toBe('과(와)');
    expect(particleFor('認證', '로')).toBe('(으)로');
  });
});

describe('withParticle', () => {
  it('appends the chosen form to the word', () => {
    expect(withParticle('`CredentialsSignin`', '로')).toBe('`CredentialsSignin`으로');
    expect(withParticle('`auth/wrong-password`', '로')).toBe('`auth/wrong-password`로');
    expect(withParticle('`OAUTH_CALLBACK_ERROR`', '를')).toBe('`OAUTH_CALLBACK_ERROR`를');
    expect(withParticle('2', '을')).toBe('2를');
    expect(withParticle('3', '을')).toBe('3을');
  });
});
